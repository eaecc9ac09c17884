#!/usr/bin/env bash
# Starts a single-node Slurm cluster on this machine for the Slurm test of negsim slurm (tests/…/SlurmClusterTests):
# Debian 12's slurmctld, slurmd and munge, one node with all cores, one partition. For CI machines and developers'
# throwaway containers: it needs root, installs packages, and starts the daemons directly (no systemd). Idempotent:
# a second call finds the cluster up and returns. Prints "slurm: up" when sinfo shows the node idle.
#   bash .ci/slurm-up.sh          start (installing slurmctld slurmd slurm-client munge, and procps for pgrep, if missing)
#   bash .ci/slurm-up.sh down     stop the daemons it started (by the pid files it wrote)
set -euo pipefail
state=/var/lib/negsim-slurm          # pid files and logs of the daemons this script starts
conf=/etc/slurm/slurm.conf

if [ "${1:-up}" = down ]; then
  for d in slurmd slurmctld munged; do
    [ -s "$state/$d.pid" ] && kill "$(cat "$state/$d.pid")" 2>/dev/null || true
  done
  echo "slurm: down"; exit 0
fi

[ "$(id -u)" -eq 0 ] || { echo "slurm: needs root (installs packages, starts daemons)"; exit 1; }

if command -v pgrep >/dev/null && pgrep -x slurmd >/dev/null && pgrep -x slurmctld >/dev/null && sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then
  echo "slurm: up (already running)"; exit 0
fi

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null \
   || ! command -v pgrep >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # slurm-wlm is the meta package of these; without the recommends (docs, mail, …) it installs in ~20 s.
  apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge procps >/dev/null
fi

mkdir -p "$state" /etc/munge /run/munge /var/lib/munge /var/log/munge /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /etc/slurm
if [ ! -s /etc/munge/munge.key ]; then
  if command -v mungekey >/dev/null; then mungekey --create --keyfile=/etc/munge/munge.key; else dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none; fi
fi
chown -R munge:munge /etc/munge /run/munge /var/lib/munge /var/log/munge
chmod 0700 /etc/munge /var/lib/munge /var/log/munge; chmod 0755 /run/munge; chmod 0400 /etc/munge/munge.key

if ! pgrep -u munge -x munged >/dev/null; then
  runuser -u munge -- /usr/sbin/munged --pid-file=/run/munge/munged.pid
  sleep 0.5
  cp /run/munge/munged.pid "$state/munged.pid" 2>/dev/null || pgrep -u munge -x munged | head -n1 > "$state/munged.pid"
fi
munge -n | unmunge >/dev/null || { echo "slurm: munge does not work"; exit 1; }

host=$(hostname -s)
cpus=$(nproc)
mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 * 9 / 10 ))
# Linux process tracking and no task plugin: no cgroups needed, so it runs in containers as well.
cat > "$conf" <<CONF
ClusterName=negsim-ci
SlurmctldHost=$host(127.0.0.1)
AuthType=auth/munge
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
SlurmctldTimeout=30
SlurmdTimeout=30
MinJobAge=30
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
# Slurm 22.05 loads a cgroup plugin even when nothing uses it: v1 (or a tmpfs, as in containers) needs no
# configuration; on a cgroup v2 host without systemd it must not ask systemd for a scope.
if [ "$(stat -fc %T /sys/fs/cgroup 2>/dev/null)" = cgroup2fs ]; then
  printf 'CgroupPlugin=cgroup/v2\nIgnoreSystemd=yes\nIgnoreSystemdOnFailure=yes\n' > /etc/slurm/cgroup.conf
else
  rm -f /etc/slurm/cgroup.conf
fi

pgrep -x slurmctld >/dev/null || slurmctld
pgrep -x slurmd >/dev/null || slurmd -N "$host"

for _ in $(seq 1 60); do
  s=$(sinfo -h -o '%T' 2>/dev/null | head -n1 || true)
  case "$s" in
    idle*|mixed*|allocated*) echo "slurm: up ($host, $cpus cpus, partition debug)"; exit 0 ;;
    down*|drain*|unknown*) scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true ;;
  esac
  sleep 1
done
echo "slurm: the node did not come up; last state '${s:-none}'"
tail -n 20 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log 2>/dev/null || true
exit 1
