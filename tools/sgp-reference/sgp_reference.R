#!/usr/bin/env Rscript
# Reference SGPs for the 2025 Reading progressions of the SGPdata sample panel (sgpData.csv), computed the
# way the R package SGP computes them, with base R, splines and quantreg only (the SGP package itself is not
# installable offline). Flashlight's growth code is compared with this output by TestSgpReferenceAgreement.
#
# Usage: Rscript sgp_reference.R <sgpData.csv> <output.csv>
# Writes ID, GRADE, ORDER (number of priors), SGP, one row per student and order: every student with the
# immediate prior gets an ORDER 1 row, those with two priors an ORDER 2 row as well. The output is derived
# from GPL data: keep it outside the repository.
#
# Followed: CenterForAssessment/SGP, R/studentGrowthPercentiles.R at commit
# 01f168ab4a9cee5222577c6b9e444ecf9e277e6f (and the later version with .smooth.bound.iso.row, whose
# rules are the same for these defaults):
#   ss.data           only the last num.prior + 1 panels (years) are kept.
#   .get.knots.boundaries / R/createKnotsBoundaries.R: knots and boundaries per grade from the stacked
#                     prior panels (every student with that grade in 2023 or 2024, not only the fit's
#                     students): round(quantile(x, c(.2,.4,.6,.8), na.rm=TRUE), 3) (type 7) and
#                     round(extendrange(x, f=0.1), 3).
#   .get.panel.data   the students of an order-k fit have a score in each of the last k+1 panels and the
#                     progression's grade in each.
#   .create.coefficient.matrices: rq(y ~ bs(immediate prior) + bs(older prior), tau = (1:100 - 0.5)/100,
#                     method = "br"); one fit per order k = 1, 2 (coefficient.matrix.priors = seq(num.prior)).
#   .get.percentile.predictions: cbind(1, bs(...)) %*% coefficients, each row sorted, round(., 5).
#   .get.quantiles    the number of predictions strictly below the score (max.col(cbind(p < y, FALSE),
#                     "last"), 101 -> 0), then 0 -> 1 and 100 -> 99 (convert.0and100).
# Defaults assumed: sgp.loss.hoss.adjustment = NULL, isotonize = TRUE, knots.boundaries.by.panel = FALSE,
# exact.grade.progression.sequence = FALSE, sgp.cohort.size = NULL (0).

suppressPackageStartupMessages({ library(splines); library(quantreg) })

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript sgp_reference.R <sgpData.csv> <output.csv>")
panel <- read.csv(args[1])
taus <- (1:100 - 0.5) / 100
current.year <- 2025
prior.years <- c(2023, 2024)   # num.prior = 2: the panels 2023, 2024, 2025

grade.col <- function(year) paste0("GRADE_", year)
score.col <- function(year) paste0("SS_", year)

# knots and boundaries of a prior grade: scores of everyone with that grade in any prior panel
knots.for <- function(grade) {
  pooled <- unlist(lapply(prior.years, function(year) {
    rows <- !is.na(panel[[grade.col(year)]]) & panel[[grade.col(year)]] == grade
    panel[[score.col(year)]][rows]
  }))
  list(knots = round(as.vector(quantile(pooled, probs = c(0.2, 0.4, 0.6, 0.8), na.rm = TRUE)), digits = 3),
       boundaries = round(as.vector(extendrange(pooled, f = 0.1)), digits = 3))
}

# students with a score and the progression's grade in each of the years (oldest first)
progression.rows <- function(grades, years) {
  keep <- rep(TRUE, nrow(panel))
  for (i in seq_along(years)) {
    g <- panel[[grade.col(years[i])]]
    s <- panel[[score.col(years[i])]]
    keep <- keep & !is.na(s) & !is.na(g) & g == grades[i]
  }
  which(keep)
}

design <- function(priors.immediate.first, knots) {
  blocks <- lapply(seq_along(priors.immediate.first), function(i)
    bs(priors.immediate.first[[i]], knots = knots[[i]]$knots, Boundary.knots = knots[[i]]$boundaries))
  do.call(cbind, c(list(rep(1, length(priors.immediate.first[[1]]))), blocks))
}

results <- list()
for (grade in 4:8) {
  for (order in 1:2) {
    grades <- (grade - order):grade
    if (min(grades) < 3) next
    years <- (current.year - order):current.year
    rows <- progression.rows(grades, years)
    y <- panel[[score.col(current.year)]][rows]
    # immediate prior first, as the package's model formula
    prior.years.used <- rev(head(years, -1))
    prior.grades.used <- rev(head(grades, -1))
    priors <- lapply(prior.years.used, function(year) panel[[score.col(year)]][rows])
    knots <- lapply(prior.grades.used, knots.for)
    x <- design(priors, knots)
    coefficients <- rq.fit.br.all <- sapply(taus, function(tau) rq.fit(x, y, tau = tau, method = "br")$coefficients)
    predictions <- x %*% coefficients
    predictions <- round(t(apply(predictions, 1, sort)), digits = 5)
    sgp <- rowSums(predictions < y)
    sgp[sgp == 0] <- 1
    sgp[sgp == 100] <- 99
    results[[length(results) + 1]] <- data.frame(ID = panel$ID[rows], GRADE = grade, ORDER = order, SGP = as.integer(sgp))
    cat(sprintf("grade %d order %d: %d students; knots %s\n", grade, order, length(rows),
                paste(sapply(knots, function(k) paste(c(k$knots, k$boundaries), collapse = "/")), collapse = " | ")))
  }
}
out <- do.call(rbind, results)
write.csv(out[order(out$GRADE, out$ORDER, out$ID), ], args[2], row.names = FALSE)
