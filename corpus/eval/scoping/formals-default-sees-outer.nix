let c = 3; in ({ a ? c }: a) { }
