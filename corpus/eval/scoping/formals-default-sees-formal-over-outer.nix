let a = "outer"; in ({ a, b ? a }: b) { a = "formal"; }
