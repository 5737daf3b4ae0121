package dev.powertuner.functions.aws;

import dev.powertuner.core.port.PayloadSource;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@link PayloadSource} on S3 GetObject; HTTP status codes (403, 404, ...) survive in {@link FetchException}. */
public final class S3PayloadSource implements PayloadSource {

    private final S3Client s3;

    S3PayloadSource(S3Client s3) {
        this.s3 = s3;
    }

    public static S3PayloadSource create(String region, AwsCredentialsProvider credentials, URI endpoint) {
        return new S3PayloadSource(SdkClients.s3(region, credentials, endpoint));
    }

    @Override
    public String fetch(String bucket, String key) {
        try {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
        } catch (S3Exception e) {
            String message = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                    ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new FetchException(e.statusCode(), message, e);
        } catch (SdkClientException e) {
            throw new FetchException(0, e.getMessage(), e);
        }
    }
}
