package org.roundtable.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every measured value by name, one per round, and their medians for the table. */
final class Figures {

    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    void add(String key, double value) {
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    double last(String key) {
        List<Double> list = values.get(key);
        return list.get(list.size() - 1);
    }

    double median(String key) {
        List<Double> list = values.getOrDefault(key, List.of());
        if (list.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    double sum(String key) {
        return values.getOrDefault(key, List.of()).stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The sum over every key that ends with the suffix, but not those starting with the excluded prefix. */
    double sumOf(String suffix, String excludedPrefix) {
        return values.keySet().stream().filter(k -> k.endsWith(suffix) && !k.startsWith(excludedPrefix))
                .mapToDouble(this::sum).sum();
    }
}
