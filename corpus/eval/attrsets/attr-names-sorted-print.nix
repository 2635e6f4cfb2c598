{ zeta = 1; alpha = 2; Mid = 3; _u = 4; "1" = 5; }
