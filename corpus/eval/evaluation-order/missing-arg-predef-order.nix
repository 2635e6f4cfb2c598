({ value, type }: 1) { }
