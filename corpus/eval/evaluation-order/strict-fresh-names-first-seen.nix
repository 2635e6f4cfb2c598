{ zeta = throw "zeta"; alpha = throw "alpha"; }
