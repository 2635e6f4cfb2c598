(args@{ a ? 5, b }: [ a args ]) { b = 1; }
