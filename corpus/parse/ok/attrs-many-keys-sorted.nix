{ zeta = 1; alpha = 2; mid = 3; Alpha = 4; _u = 5; a1 = 6; a10 = 7; a2 = 8; }
