# greedy, phragmen, max-welfare, registry, tie-breaking, districts
