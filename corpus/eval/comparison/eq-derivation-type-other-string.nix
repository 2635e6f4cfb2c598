{ type = "drv"; outPath = "/x"; a = 1; } == { type = "drv"; outPath = "/x"; a = 2; }
