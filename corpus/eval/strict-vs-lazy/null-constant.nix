{ n = null; m = if true then null else 1; }
