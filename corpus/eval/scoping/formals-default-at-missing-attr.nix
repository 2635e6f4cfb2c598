(args@{ a ? args.c, b }: a) { b = 7; }
