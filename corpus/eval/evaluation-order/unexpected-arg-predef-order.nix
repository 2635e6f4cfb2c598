({ }: 1) { name = 1; meta = 2; }
