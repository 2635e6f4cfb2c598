let { x = 2; }
