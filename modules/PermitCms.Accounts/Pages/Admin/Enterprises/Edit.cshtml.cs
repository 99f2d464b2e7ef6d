using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;

namespace PermitCms.Accounts.Pages.Admin.Enterprises;

/// <summary>Create or change an enterprise. Codes are checked on the server (checksum, length, uniqueness).</summary>
[Authorize(Policy = AccountsPermissions.ManageUsersPolicy)]
public sealed class EditModel(PermitCmsDbContext db, TimeProvider time, IAuditLog audit) : PageModel
{
    [BindProperty]
    public EnterpriseInput Input { get; set; } = new();

    public bool IsNew => Input.Id == 0;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return Page();
        }

        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enterprise is null)
        {
            return NotFound();
        }

        Input = EnterpriseInput.From(enterprise);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Normalize();
        if (!CreditCode.IsValid(Input.CreditCode))
        {
            ModelState.AddModelError("Input.CreditCode", "统一社会信用代码应为 18 位且校验位正确。");
        }

        if (await db.Enterprises.AnyAsync(e => e.Id != Input.Id && e.CreditCode == Input.CreditCode, cancellationToken))
        {
            ModelState.AddModelError("Input.CreditCode", "该统一社会信用代码已被其他企业使用。");
        }

        if (await db.Enterprises.AnyAsync(e => e.Id != Input.Id && e.CustomsCode == Input.CustomsCode, cancellationToken))
        {
            ModelState.AddModelError("Input.CustomsCode", "该海关编码已被其他企业使用。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var enterprise = IsNew
            ? db.Enterprises.Add(new Enterprise { Name = "", CreditCode = "", CustomsCode = "", Address = "", CreatedAt = time.GetUtcNow().UtcDateTime }).Entity
            : await db.Enterprises.SingleOrDefaultAsync(e => e.Id == Input.Id, cancellationToken);
        if (enterprise is null)
        {
            return NotFound();
        }

        Input.ApplyTo(enterprise);
        audit.Record(IsNew ? AuditKinds.EnterpriseCreated : AuditKinds.EnterpriseChanged,
            $"企业：{enterprise.Name}；统一社会信用代码：{enterprise.CreditCode}；海关编码：{enterprise.CustomsCode}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"企业“{enterprise.Name}”已保存。";
        return RedirectToPage("Index");
    }

    public sealed class EnterpriseInput
    {
        public int Id { get; set; }

        [Required(ErrorMessage = "请填写进口单位名称")]
        [StringLength(Enterprise.NameMaxLength, ErrorMessage = "进口单位名称不能超过 {1} 个字符")]
        [Display(Name = "进口单位名称")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "请填写统一社会信用代码")]
        [Display(Name = "统一社会信用代码")]
        public string CreditCode { get; set; } = "";

        [Required(ErrorMessage = "请填写海关编码")]
        [RegularExpression("^[0-9A-Z]{10}$", ErrorMessage = "海关编码应为 10 位数字或大写字母")]
        [Display(Name = "海关编码")]
        public string CustomsCode { get; set; } = "";

        [Required(ErrorMessage = "请填写地址")]
        [StringLength(Enterprise.AddressMaxLength, ErrorMessage = "地址不能超过 {1} 个字符")]
        [Display(Name = "地址")]
        public string Address { get; set; } = "";

        [StringLength(50, ErrorMessage = "联系人不能超过 {1} 个字符")]
        [Display(Name = "联系人")]
        public string? ContactName { get; set; }

        [StringLength(30, ErrorMessage = "联系电话不能超过 {1} 个字符")]
        [RegularExpression(@"^[0-9+\-() ]*$", ErrorMessage = "联系电话只能包含数字、空格和 + - ( )")]
        [Display(Name = "联系电话")]
        public string? ContactPhone { get; set; }

        [Display(Name = "启用")]
        public bool IsActive { get; set; } = true;

        public void Normalize()
        {
            Name = Name.Trim();
            CreditCode = CreditCode.Trim().ToUpperInvariant();
            CustomsCode = CustomsCode.Trim().ToUpperInvariant();
            Address = Address.Trim();
        }

        public static EnterpriseInput From(Enterprise e) => new()
        {
            Id = e.Id, Name = e.Name, CreditCode = e.CreditCode, CustomsCode = e.CustomsCode, Address = e.Address,
            ContactName = e.ContactName, ContactPhone = e.ContactPhone, IsActive = e.IsActive,
        };

        public void ApplyTo(Enterprise e)
        {
            (e.Name, e.CreditCode, e.CustomsCode, e.Address) = (Name, CreditCode, CustomsCode, Address);
            (e.ContactName, e.ContactPhone, e.IsActive) = (ContactName?.Trim() ?? "", ContactPhone?.Trim() ?? "", IsActive);
        }
    }
}
