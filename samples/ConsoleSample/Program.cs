using NewsNlp;

// Extract the quantitative claims of a sentence and print them.
var text = args.Length > 0 ? string.Join(' ', args)
    : "Menurut BNPB, sedikitnya 7 orang tewas dan lebih dari 12.000 warga mengungsi akibat banjir, Jumat (15/3/2024).";

var result = NewsPipeline.Default.Extract(text);
foreach (var claim in result.Claims)
    Console.WriteLine($"{claim.Text} | value={claim.Value} bound={claim.Bound} unit={claim.Unit} predicate={claim.Predicate}");
foreach (var entity in result.Entities)
    Console.WriteLine($"{entity.Type}: {entity.Text} -> {entity.Canonical}");
