{ let = 1; }
