package org.claimbridge.eligibility;

import java.util.List;

/**
 * One segment as read: the tag and its elements from 01 on. A composite element's components are joined with
 * {@code :} and the repetitions of a repeating element with {@code ^}.
 *
 * @param position 1-based position of the segment in the interchange, ISA included
 */
record Segment(String tag, List<String> elements, int position) {

    Segment {
        elements = List.copyOf(elements);
    }

    /** Returns element {@code index} (1-based), or an empty string when the segment is shorter. */
    String element(int index) {
        return index <= elements.size() ? elements.get(index - 1) : "";
    }
}
