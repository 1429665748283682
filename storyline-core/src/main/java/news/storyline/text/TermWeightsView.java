package news.storyline.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only map over parallel arrays of terms and their weights, as the flat term vectors keep them: callers that
 * want a map get one without a copy of the arrays.
 */
final class TermWeightsView {
    private TermWeightsView() {
    }

    /** The map of {@code terms[i]} to {@code weights[i]}; the arrays must not change while it is read. */
    static Map<String, Double> of(String[] terms, double[] weights) {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, Double>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Entry<String, Double>> iterator() {
                        return new Iterator<>() {
                            private int next;

                            @Override
                            public boolean hasNext() {
                                return next < terms.length;
                            }

                            @Override
                            public Entry<String, Double> next() {
                                if (next >= terms.length) {
                                    throw new NoSuchElementException();
                                }
                                int i = next++;
                                return Map.entry(terms[i], weights[i]);
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return terms.length;
                    }
                };
            }
        };
    }
}
