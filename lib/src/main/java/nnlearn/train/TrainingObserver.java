package nnlearn.train;

/**
 * Watches a training run. All methods are optional; a recorder implements them to build its tables.
 * Observers run after the optimiser's step, so every layer's z, a, δ, dW and db are those of the step just taken.
 */
public interface TrainingObserver {

    /** Before the first step of a {@link Trainer#fit} call. */
    default void onStart(Trainer trainer) {
    }

    /** After every step. */
    default void onStep(Step step) {
    }

    /** After every epoch. */
    default void onEpoch(Epoch epoch) {
    }

    /**
     * One optimiser step.
     *
     * @param epoch    epoch number, from 1
     * @param step     step number since the trainer was created, from 1
     * @param loss     the batch mean loss before the step
     * @param correct  how many examples of the batch were classified correctly before the step
     * @param examples the indices (into the training set) of the batch's examples, in order
     */
    record Step(Trainer trainer, int epoch, long step, double loss, int correct, int[] examples) {
    }

    /**
     * One epoch.
     *
     * @param meanLoss    mean of the batch losses over the epoch, weighted by batch size (each measured before its step)
     * @param accuracy    fraction of examples classified correctly when their batch was seen (before its step)
     */
    record Epoch(Trainer trainer, int epoch, long step, double meanLoss, double accuracy) {
    }
}
