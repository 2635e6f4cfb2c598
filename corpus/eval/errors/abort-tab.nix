abort "x\ty"
