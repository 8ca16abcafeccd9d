# Benchmarks: indicator practices (phrased to follow "firms that ..."), indicators, comparisons.

practice-own-website = have their own website
practice-sells-on-marketplace = sell on an online marketplace
practice-accepts-e-payment = accept electronic payments
practice-issues-e-invoices = issue e-invoices
practice-automatic-backups = back up their data automatically
indicator-share-sales-electronic = share of sales paid electronically

group-all = all firms
group-sector = firms in { $sector }
group-size = { $size } firms
group-sector-size = { $size } firms in { $sector }
provenance-published = published statistic
provenance-modelled = modelled, not measured
provenance-aggregated = aggregated from assessments
provenance-secondary = read from a secondary copy, to be checked against the original
provenance-provisional = provisional
group-in-region = { $group } in { $region }
region-mekong_river_delta = the Mekong River Delta
region-red_river_delta = the Red River Delta
region-southeast = the Southeast
