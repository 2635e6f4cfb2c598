{ f = x: x; g = { a, b ? 1, ... }@args: a; h = { z }: z; }
