assert false || false; 1
