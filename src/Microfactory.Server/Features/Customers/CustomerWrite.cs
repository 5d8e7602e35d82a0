namespace Microfactory.Server.Features.Customers;

/// <summary>How a customer write ended: done, no such row (or, on insert, the id is taken), or the e-mail address belongs to another customer.</summary>
internal enum CustomerWrite
{
    Done,
    Missing,
    EmailTaken,
}
