({ a, b ? a + 1, ... }@args: a + b + args.c) { a = 1; c = 10; }
