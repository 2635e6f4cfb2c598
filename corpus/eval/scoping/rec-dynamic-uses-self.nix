let k = "x"; in (rec { ${k} = y; y = 3; }).x
