({ a ? 1 }: a) { type = "derivation"; outPath = "/o"; }
