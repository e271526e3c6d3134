package dev.streamcompare.common;

/** One word and how many times it was seen; printed and written as {@code word<TAB>count}. */
public record WordCount(String word, long count) implements java.io.Serializable {

    /** The line format of every output of the project. */
    public String toTsv() {
        return word + '\t' + count;
    }
}
