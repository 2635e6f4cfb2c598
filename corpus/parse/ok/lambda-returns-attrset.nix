x: { inherit x; }
