using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace PermitCms.Tests.Hosting;

/// <summary>
/// Modules talk to each other only through PermitCms.Core and <c>*.Abstractions</c> contracts (ADR 1). A
/// module is every project under modules/ and themes/ that is not an Abstractions project; the list is read
/// from the folders, so a module added later is checked without touching this test. Both rules are needed:
/// the compiled assembly shows uses that arrive transitively (through an Abstractions project that references
/// a module), while constants, <c>nameof</c> and <c>typeof</c> in attribute arguments leave no type reference
/// in IL and are caught only by the project-reference rule.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string Core = "PermitCms.Core";
    private const string AbstractionsSuffix = ".Abstractions";

    private static readonly Lazy<IReadOnlyList<ModuleProject>> LazyModules = new(FindModules);

    private static IReadOnlyList<ModuleProject> Modules => LazyModules.Value;

    public static TheoryData<string> ModuleNames => new(Modules.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_project_references_only_core_and_abstractions_projects(string module)
    {
        var project = Modules.Single(m => m.Name == module);

        var forbidden = ProjectReferences(project.ProjectFile)
            .Where(reference => !IsAllowedProjectReference(reference))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(forbidden.Count == 0,
            $"{module} ({RelativeToRepository(project.ProjectFile)}) references the project(s) {string.Join(", ", forbidden)}; "
            + $"a module may reference only {Core} and *{AbstractionsSuffix} projects.");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_assembly_uses_no_other_modules_namespace(string module)
    {
        var project = Modules.Single(m => m.Name == module);
        var others = Modules.Where(m => m != project).ToList();
        var assemblyFile = Path.Combine(AppContext.BaseDirectory, project.AssemblyName + ".dll");
        // The test project gets every module through the host's references; a module missing here is not
        // referenced by the host, and silently skipping it would let its violations through.
        Assert.True(File.Exists(assemblyFile), $"{module}: {assemblyFile} was not built into the test output; does src/PermitCms.Web reference it?");

        var (assemblyReferences, typeReferences) = ReadReferences(assemblyFile);

        var violations = new List<string>();
        violations.AddRange(assemblyReferences
            .Select(name => (Name: name, Owner: Owner(name, others.Select(m => m.AssemblyName))))
            .Where(reference => reference.Owner is not null)
            .Select(reference => $"{module} references the assembly {reference.Name} (module {reference.Owner})")
            .Distinct()
            .Order(StringComparer.Ordinal));
        violations.AddRange(typeReferences
            .Select(type => (Type: type, Owner: Owner(type.Namespace, others.Select(m => m.RootNamespace))))
            .Where(reference => reference.Owner is not null)
            .Select(reference => $"{module} uses {reference.Type.FullName} from the assembly {reference.Type.Assembly} (module {reference.Owner})")
            .Distinct()
            .Order(StringComparer.Ordinal));

        Assert.True(violations.Count == 0,
            $"{module} uses other modules outside PermitCms.Core and their *{AbstractionsSuffix} contracts:{Environment.NewLine}"
            + string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_rules_flag_only_another_modules_own_names()
    {
        string[] modules = ["PermitCms.Permits", "PermitCms.Workflows", "PermitCms.Theme.Admin"];

        Assert.Equal("PermitCms.Permits", Owner("PermitCms.Permits", modules));
        Assert.Equal("PermitCms.Permits", Owner("PermitCms.Permits.Data", modules));
        Assert.Equal("PermitCms.Theme.Admin", Owner("PermitCms.Theme.Admin.Pages", modules));
        // Only the module's own contract is exempt, not any namespace that happens to say Abstractions.
        Assert.Equal("PermitCms.Permits", Owner("PermitCms.Permits.Data.Abstractions", modules));
        Assert.Null(Owner("PermitCms.Workflows.Abstractions", modules));
        Assert.Null(Owner("PermitCms.Workflows.Abstractions.Events", modules));
        // The core is the sanctioned way across, and a name that merely starts alike is another namespace.
        Assert.Null(Owner("PermitCms.Core.Modules", modules));
        Assert.Null(Owner("PermitCms.PermitsExtra", modules));
        Assert.Null(Owner("PermitCms.Theme", modules));
        Assert.Null(Owner("Microsoft.EntityFrameworkCore", modules));
        Assert.Null(Owner("", modules));

        Assert.True(IsAllowedProjectReference(Core));
        Assert.True(IsAllowedProjectReference("PermitCms.Workflows.Abstractions"));
        Assert.False(IsAllowedProjectReference("PermitCms.Permits"));
        Assert.False(IsAllowedProjectReference("PermitCms.Web"));
    }

    [Fact]
    public void The_metadata_reader_sees_types_used_from_another_assembly()
    {
        // A clean module must be clean because it uses nothing of another module, not because the reader
        // missed its references: this test assembly queries the Permits module's applications.
        var (assemblies, types) = ReadReferences(typeof(ModuleBoundaryTests).Assembly.Location);

        Assert.Contains("PermitCms.Permits", assemblies);
        Assert.Contains(new ReferencedType("PermitCms.Permits.Data", "PermitCms.Permits.Data.PermitApplication", "PermitCms.Permits"), types);
    }

    /// <summary>
    /// The module root (namespace or assembly name) that <paramref name="name"/> falls under, or null when it
    /// is none of them or is that module's <c>.Abstractions</c> contract.
    /// </summary>
    private static string? Owner(string name, IEnumerable<string> moduleRoots)
        => moduleRoots.FirstOrDefault(root => IsUnder(name, root) && !IsUnder(name, root + AbstractionsSuffix));

    private static bool IsAllowedProjectReference(string projectName)
        => projectName == Core || projectName.EndsWith(AbstractionsSuffix, StringComparison.Ordinal);

    private static bool IsUnder(string name, string root)
        => name == root || name.StartsWith(root + ".", StringComparison.Ordinal);

    private static IEnumerable<string> ProjectReferences(string projectFile)
        => XDocument.Load(projectFile).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')));

    private static (List<string> Assemblies, List<ReferencedType> Types) ReadReferences(string assemblyFile)
    {
        using var stream = File.OpenRead(assemblyFile);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();

        var assemblies = reader.AssemblyReferences
            .Select(handle => reader.GetString(reader.GetAssemblyReference(handle).Name))
            .ToList();
        // Every type another assembly defines and this one mentions (signatures, calls, attributes, generic
        // arguments, Razor views compiled into it) is a TypeReference row.
        var types = reader.TypeReferences
            .Select(handle => Describe(reader, handle))
            .ToList();
        return (assemblies, types);
    }

    /// <summary>
    /// A nested type's reference carries no namespace; its scope is the enclosing type's reference, so walk
    /// out to the outermost type for the namespace and the assembly.
    /// </summary>
    private static ReferencedType Describe(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        var scope = reference.ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            reference = reader.GetTypeReference((TypeReferenceHandle)scope);
            name = reader.GetString(reference.Name) + "+" + name;
            scope = reference.ResolutionScope;
        }

        var ns = reader.GetString(reference.Namespace);
        var assembly = scope.Kind == HandleKind.AssemblyReference
            ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)
            : "its own assembly";
        return new ReferencedType(ns, ns.Length == 0 ? name : ns + "." + name, assembly);
    }

    private static IReadOnlyList<ModuleProject> FindModules()
    {
        var root = RepositoryRoot();
        return new[] { "modules", "themes" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(file => !IsInBuildOutput(file))
            .Select(ModuleProject.Read)
            .Where(project => !project.Name.EndsWith(AbstractionsSuffix, StringComparison.Ordinal))
            .OrderBy(project => project.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsInBuildOutput(string file)
        => file.Split(Path.DirectorySeparatorChar).Any(segment => segment is "bin" or "obj");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PermitCms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PermitCms.sln not found above {AppContext.BaseDirectory}.");
    }

    private static string RelativeToRepository(string path) => Path.GetRelativePath(RepositoryRoot(), path);

    private sealed record ReferencedType(string Namespace, string FullName, string Assembly);

    private sealed record ModuleProject(string Name, string ProjectFile, string AssemblyName, string RootNamespace)
    {
        // The SDK defaults both names to the project file's name; read overrides so a renamed assembly or
        // root namespace is still matched.
        public static ModuleProject Read(string projectFile)
        {
            var name = Path.GetFileNameWithoutExtension(projectFile);
            var properties = XDocument.Load(projectFile).Descendants().ToList();
            string Property(string property) => properties.LastOrDefault(e => e.Name.LocalName == property)?.Value.Trim() is { Length: > 0 } value ? value : name;
            return new ModuleProject(name, projectFile, Property("AssemblyName"), Property("RootNamespace"));
        }
    }
}
