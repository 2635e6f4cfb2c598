let alpha = 1; in { zeta = throw "zeta"; alpha = throw "alpha"; }
