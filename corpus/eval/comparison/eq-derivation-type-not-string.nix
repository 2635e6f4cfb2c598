{ type = 1; outPath = "/x"; a = 1; } == { type = 1; outPath = "/x"; a = 2; }
