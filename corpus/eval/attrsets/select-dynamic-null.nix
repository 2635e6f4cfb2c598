let k = null; in { }.${k}
