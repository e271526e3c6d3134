package dev.streamcompare.common;

/** Options of a job: picocli fields plus the checks picocli cannot express. */
public interface JobOptions {

    /** Throws {@link BadInputException} for a value the user must change. */
    void validate();
}
