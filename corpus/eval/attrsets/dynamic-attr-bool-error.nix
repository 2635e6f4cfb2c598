{ ${true} = 1; }
