"say \"hi\""
