({ a ? null }: a) { }
