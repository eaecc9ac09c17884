# Load every table negsim writes, in base R. Arguments: a `negsim run --save-replicates` folder, a `negsim compare`
# folder, a `negsim sweep` folder and a `negsim eu` folder (any may be "-" to skip it).
args <- c(commandArgs(trailingOnly = TRUE), rep("-", 4))
run <- args[1]; compare <- args[2]; sweep <- args[3]; eu <- args[4]

# Parquet needs the arrow package (install.packages("arrow")); without it, read the CSV converted beside the file.
parquet <- function(path) {
  if (requireNamespace("arrow", quietly = TRUE)) as.data.frame(arrow::read_parquet(path))
  else read.csv(paste0(path, ".csv"))
}

if (run != "-") {
  t <- file.path(run, "tables")
  items <- read.csv(file.path(t, "items.csv"))           # one row per agenda item
  parties <- read.csv(file.path(t, "parties.csv"))       # one row per party
  meetings <- read.csv(file.path(t, "meetings.csv"))     # one row per meeting
  endings <- read.csv(file.path(t, "endings.csv"))       # completed, declined, walkout, escalation, anyAgreement
  reps <- parquet(file.path(t, "replicates.parquet"))    # one row per replicate
  item_reps <- parquet(file.path(t, "items.parquet"))    # one row per replicate x item
  p_escalation <- mean(as.logical(reps$escalation))
  stopifnot(abs(p_escalation - endings$estimate[endings$outcome == "escalation"]) < 1e-12)
  p_agreed <- tapply(as.logical(item_reps$agreed), item_reps$item, mean)
  stopifnot(all(abs(p_agreed[items$item] - items$agreement) < 1e-12))
  cat(sprintf("run: %d items, %d parties, %d meetings, %d replicates, P(escalation) %.4f\n",
              nrow(items), nrow(parties), nrow(meetings), nrow(reps), p_escalation))
}

if (compare != "-") {
  diffs <- read.csv(file.path(compare, "tables", "compare.csv"))   # metric, variant, estimate ..., diff ...
  cat(sprintf("compare: %d arms, %d metrics\n", length(unique(diffs$variant)), length(unique(diffs$metric))))
}

if (sweep != "-") {
  points <- read.csv(file.path(sweep, "tables", "sweep.csv"), check.names = FALSE)   # keep "parties.russia.outsideOption"
  cat(sprintf("sweep: %d points\n", length(unique(points$point))))
}

if (eu != "-") {
  positions <- read.csv(file.path(eu, "positions.csv"))   # round, actor, position (tidy)
  cat(sprintf("eu: %d rounds, %d actors and summary rows\n", max(positions$round), length(unique(positions$actor))))
}
