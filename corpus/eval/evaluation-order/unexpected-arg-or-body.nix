({ }: 1) { zz = 1; or = 2; body = 3; }
