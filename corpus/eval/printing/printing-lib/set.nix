{ set = true; }
