let k = "key"; in { ${k} = 1; "${k}2" = 2; }.key2
