args@{ a ? args.b, b ? 2 }: a
