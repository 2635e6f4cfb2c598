rec { b = "c"; ${b} = 1; }
