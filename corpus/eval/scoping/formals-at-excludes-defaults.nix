(args@{ a ? 1, ... }: args) { b = 2; }
