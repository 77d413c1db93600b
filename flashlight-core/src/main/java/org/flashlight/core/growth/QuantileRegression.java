package org.flashlight.core.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Linear quantile regression: the b minimizing sum_i rho_tau(y_i - x_i'b), rho_tau(r) = r (tau - I(r < 0)),
 * solved exactly by a Barrodale-Roberts style simplex ({@link SimplexQuantileSolver}) that ends on a vertex
 * (p observations fitted exactly), as R's {@code quantreg::rq(method = "br")} does.
 *
 * <p>Several taus are solved as two warm-started chains: the taus below 0.5 from the middle downwards and the
 * others from the middle upwards, each tau starting from its neighbour's optimal basis. The two chains run
 * on two threads; the chains, and so the results, do not depend on the number of processors.
 */
public final class QuantileRegression {
    private static final int CHAINS = 2;

    private QuantileRegression() {
    }

    /** The coefficients at tau (0 < tau < 1) for the dense design rows. */
    public static double[] fit(double[][] rows, double[] response, double tau) {
        return fitAll(DesignMatrix.ofRows(rows), response, new double[] {tau})[0];
    }

    /** The coefficients at each tau (dense design rows), one vector per tau, in the order given. */
    public static double[][] fitAll(double[][] rows, double[] response, double[] taus) {
        return fitAll(DesignMatrix.ofRows(rows), response, taus);
    }

    /** sum_i rho_tau(y_i - x_i'b): the objective the fit minimizes. */
    public static double checkLoss(double[][] rows, double[] response, double tau, double[] coefficients) {
        double loss = 0;
        for (int i = 0; i < rows.length; i++) {
            double fitted = 0;
            for (int c = 0; c < coefficients.length; c++) {
                fitted += rows[i][c] * coefficients[c];
            }
            double r = response[i] - fitted;
            loss += r * (r < 0 ? tau - 1 : tau);
        }
        return loss;
    }

    static double[][] fitAll(DesignMatrix design, double[] response, double[] taus) {
        List<List<Integer>> chains = chains(taus);
        double[][] coefficients = new double[taus.length][];
        ExecutorService threads = Executors.newFixedThreadPool(CHAINS, runnable -> {
            Thread thread = new Thread(runnable, "quantile-regression");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Integer> chain : chains) {
                running.add(threads.submit(() -> {
                    SimplexQuantileSolver solver = new SimplexQuantileSolver(design, response);
                    for (int index : chain) {
                        coefficients[index] = solver.solve(taus[index]);
                    }
                }));
            }
            for (Future<?> chain : running) {
                chain.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("quantile regression interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
        return coefficients;
    }

    /** Indices of the taus below 0.5, nearest 0.5 first, and of the others, nearest 0.5 first. */
    static List<List<Integer>> chains(double[] taus) {
        List<Integer> lower = new ArrayList<>();
        List<Integer> upper = new ArrayList<>();
        for (int index = 0; index < taus.length; index++) {
            if (!(taus[index] > 0 && taus[index] < 1)) {
                throw new IllegalArgumentException("tau must be strictly between 0 and 1, got " + taus[index]);
            }
            (taus[index] < 0.5 ? lower : upper).add(index);
        }
        lower.sort((a, b) -> Double.compare(taus[b], taus[a]));
        upper.sort((a, b) -> Double.compare(taus[a], taus[b]));
        return List.of(lower, upper).stream().filter(chain -> !chain.isEmpty()).toList();
    }
}
