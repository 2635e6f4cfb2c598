let k = "key"; in { "${k}-1" = 1; }
