# tests of greedy, phragmen, max-welfare, registry
