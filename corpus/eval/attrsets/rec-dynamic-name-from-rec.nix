rec { n = "k"; ${n} = "v"; }
